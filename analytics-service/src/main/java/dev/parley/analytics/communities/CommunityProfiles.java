package dev.parley.analytics.communities;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TriagedPost;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who talks about the brand, and where: platforms; communities (hashtags; the subreddits, Facebook pages and YouTube
 * channels posts were made in, {@code r/travel}, {@code page:<id>}, {@code channel:<id>}); influencers (authors
 * with many followers, or verified). For each, its size, sentiment and the topics it talks about. Built in one
 * pass over a period's posts.
 */
public final class CommunityProfiles {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final Pattern SUBREDDIT = Pattern.compile("reddit\\.com/r/([A-Za-z0-9_]+)");
    private static final int TOP = 20;
    private final long influencerFollowers;
    private final Map<String, Group> platforms = new HashMap<>();
    private final Map<String, Group> communities = new HashMap<>();
    private final Map<String, Group> influencers = new HashMap<>();
    private long posts;

    /** @param influencerFollowers followers from which an author counts as an influencer (verified authors always do) */
    public CommunityProfiles(long influencerFollowers) {
        this.influencerFollowers = influencerFollowers;
    }

    public void offer(TriagedPost triaged) {
        posts++;
        var post = triaged.post();
        boolean negative = triaged.sentiment().label() == SentimentLabel.NEGATIVE;
        String topic = PostFacts.topicOf(triaged);
        String author = post.author().handle() != null ? post.author().handle() : post.author().id();
        platforms.computeIfAbsent(post.platform().wireName(), k -> new Group()).add(author, negative, topic,
                post.author().followers());
        Set<String> found = new HashSet<>();
        Matcher hashtag = HASHTAG.matcher(post.text());
        while (hashtag.find()) {
            found.add("#" + hashtag.group(1).toLowerCase(Locale.ROOT));
        }
        if (post.community() != null) {
            // Subreddit names ignore case; page and channel ids do not.
            found.add(post.community().startsWith("r/") ? post.community().toLowerCase(Locale.ROOT) : post.community());
        } else if (post.url() != null) {
            Matcher subreddit = SUBREDDIT.matcher(post.url());
            if (subreddit.find()) {
                found.add("r/" + subreddit.group(1).toLowerCase(Locale.ROOT));
            }
        }
        found.forEach(c -> communities.computeIfAbsent(c, k -> new Group()).add(author, negative, topic,
                post.author().followers()));
        if (post.author().verified() || post.author().followers() >= influencerFollowers) {
            influencers.computeIfAbsent(post.platform().wireName() + ":" + author, k -> new Group())
                    .add(author, negative, topic, post.author().followers());
        }
    }

    public Profiles profiles() {
        return new Profiles(posts, top(platforms), top(communities), top(influencers));
    }

    private static List<Profile> top(Map<String, Group> groups) {
        return groups.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Group> e) -> e.getValue().posts).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).map(e -> e.getValue().profile(e.getKey())).toList();
    }

    /** Counts of one platform, community or influencer. */
    private static final class Group {
        private long posts;
        private long negatives;
        private long followers;
        private final Set<String> authors = new HashSet<>();
        private final Map<String, Long> topics = new HashMap<>();

        void add(String author, boolean negative, String topic, long authorFollowers) {
            posts++;
            negatives += negative ? 1 : 0;
            authors.add(author);
            topics.merge(topic, 1L, Long::sum);
            followers = Math.max(followers, authorFollowers);
        }

        Profile profile(String name) {
            Map<String, Long> topTopics = new LinkedHashMap<>();
            topics.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey())).limit(3)
                    .forEach(e -> topTopics.put(e.getKey(), e.getValue()));
            return new Profile(name, posts, authors.size(), followers, (double) negatives / posts, topTopics);
        }
    }

    /**
     * @param posts     posts in the period
     * @param platforms by platform, most posts first
     * @param communities hashtags ({@code #name}) and subreddits ({@code r/name}), most posts first (top 20)
     * @param influencers authors with many followers or verified ({@code <platform>:<handle>}), most posts first
     */
    public record Profiles(long posts, List<Profile> platforms, List<Profile> communities, List<Profile> influencers) {
    }

    /**
     * @param name          the platform, community or influencer
     * @param posts         posts
     * @param authors       distinct authors
     * @param followers     the largest audience among them (an influencer's followers)
     * @param negativeShare share of negative posts
     * @param topics        the three topics most talked about, with their posts
     */
    public record Profile(String name, long posts, int authors, long followers, double negativeShare,
            Map<String, Long> topics) {
    }
}
