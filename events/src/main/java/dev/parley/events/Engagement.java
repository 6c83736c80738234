package dev.parley.events;

/**
 * How much others engaged with a post, as its platform reported when Parley received it (a snapshot,
 * not kept up to date). A count the platform does not report is 0.
 *
 * @param likes   likes, favourites, upvotes (Reddit's score) or helpful votes
 * @param replies replies or comments
 * @param shares  reposts, retweets and quotes
 */
public record Engagement(long likes, long replies, long shares) {
}
