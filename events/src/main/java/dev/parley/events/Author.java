package dev.parley.events;

/**
 * The customer who wrote a post, as the platform reports them.
 *
 * @param id        the platform's stable user id
 * @param handle    the public handle, without a leading {@code @}; may be null
 * @param name      display name; may be null
 * @param followers follower count when the platform reports it, else 0
 * @param verified  whether the platform marks the account as verified
 */
public record Author(String id, String handle, String name, long followers, boolean verified) {
}
