package dev.parley.analytics.query;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.sampling.Sample;
import dev.parley.analytics.sampling.SampleItem;
import dev.parley.analytics.sampling.Sampler;
import java.time.Instant;
import java.util.Map;

/** Samples a brand's posts of a period for quality review. */
public class PostSampler {
    private final PeriodPosts posts;

    public PostSampler(PeriodPosts posts) {
        this.posts = posts;
    }

    public Sample sample(String brand, Instant from, Instant to, Sampler sampler) {
        posts.forEach(brand, from, to, triaged -> {
            var post = triaged.post();
            sampler.offer(new SampleItem(post.postId(), post.url(), post.author().handle(), post.author().followers(),
                    post.text(), post.receivedAt(), Map.of("platform", post.platform().wireName(),
                            "channel", post.kind().isPrivate() ? "private" : "public",
                            "sentiment", triaged.sentiment().label().wireName(), "topic", PostFacts.topicOf(triaged))));
        });
        return sampler.sample();
    }
}
