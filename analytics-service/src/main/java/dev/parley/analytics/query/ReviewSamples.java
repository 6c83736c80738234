package dev.parley.analytics.query;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.sampling.CaseSummary;
import dev.parley.analytics.sampling.Sample;
import dev.parley.analytics.sampling.SampleItem;
import dev.parley.analytics.sampling.Sampler;
import java.time.Instant;
import java.util.Map;

/** Samples a brand's posts or cases of a period for quality review. */
public class ReviewSamples {
    private final PeriodPosts posts;
    private final PeriodCases cases;

    public ReviewSamples(PeriodPosts posts, PeriodCases cases) {
        this.posts = posts;
        this.cases = cases;
    }

    public Sample posts(String brand, Instant from, Instant to, Sampler sampler) {
        posts.forEach(brand, from, to, triaged -> {
            var post = triaged.post();
            sampler.offer(new SampleItem(post.postId(), post.url(), post.author().handle(), post.author().followers(),
                    post.text(), post.receivedAt(), Map.of("platform", post.platform().wireName(),
                            "channel", post.kind().isPrivate() ? "private" : "public",
                            "sentiment", triaged.sentiment().label().wireName(), "topic", PostFacts.topicOf(triaged))));
        });
        return sampler.sample();
    }

    /** Cases opened in [from, to), as they stand now. */
    public Sample cases(String brand, Instant from, Instant to, Sampler sampler) {
        cases.opened(brand, from, to).stream().map(CaseSummary::toItem).forEach(sampler::offer);
        return sampler.sample();
    }
}
