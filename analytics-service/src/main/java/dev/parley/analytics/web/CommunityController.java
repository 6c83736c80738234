package dev.parley.analytics.web;

import dev.parley.analytics.communities.CommunityProfiles;
import dev.parley.analytics.query.PeriodPosts;
import java.time.Duration;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/communities?brand=&from=&to=&influencerFollowers=10000}: which platforms, communities
 * (hashtags, subreddits) and influencers talk about the brand, their size, sentiment and topics.
 */
@RestController
public class CommunityController {
    private final PeriodPosts posts;

    public CommunityController(PeriodPosts posts) {
        this.posts = posts;
    }

    @GetMapping("/api/v1/communities")
    public CommunityProfiles.Profiles communities(
            @RequestParam String brand,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "10000") long influencerFollowers) {
        Instant end = to != null ? to : Instant.now();
        Instant start = from != null ? from : end.minus(Duration.ofDays(7));
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        CommunityProfiles profiles = new CommunityProfiles(influencerFollowers);
        posts.forEach(brand, start, end, profiles::offer);
        return profiles.profiles();
    }
}
