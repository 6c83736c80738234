package dev.parley.ingestion;

import dev.parley.events.Platform;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.config.ListeningProperties;
import dev.parley.ingestion.config.OutboundProperties;
import dev.parley.ingestion.config.PollingProperties;
import dev.parley.ingestion.config.PrivacyProperties;
import dev.parley.ingestion.config.ThreadingProperties;
import dev.parley.ingestion.imports.TwitterSupportFormat;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.meta.FacebookFeedFormat;
import dev.parley.ingestion.meta.GraphMentionLookup;
import dev.parley.ingestion.meta.InstagramCommentFormat;
import dev.parley.ingestion.meta.InstagramMentionFormat;
import dev.parley.ingestion.meta.MentionLookup;
import dev.parley.ingestion.meta.MetaMessageFormat;
import dev.parley.ingestion.meta.MetaReplies;
import dev.parley.ingestion.outbound.ReplyConventions;
import dev.parley.ingestion.outbound.ReplySender;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.polling.Poller;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.privacy.Pseudonymisation;
import dev.parley.ingestion.reddit.RedditPoller;
import dev.parley.ingestion.reddit.RedditReplies;
import dev.parley.ingestion.reddit.RedditThingFormat;
import dev.parley.ingestion.reviews.TrustpilotPoller;
import dev.parley.ingestion.reviews.TrustpilotReplies;
import dev.parley.ingestion.reviews.TrustpilotReviewFormat;
import dev.parley.ingestion.stream.KafkaClients;
import dev.parley.ingestion.stream.OutboundReplies;
import dev.parley.ingestion.stream.PollingRunner;
import dev.parley.ingestion.threading.Threading;
import dev.parley.ingestion.x.XApiV2TweetFormat;
import dev.parley.ingestion.x.XDirectMessageFormat;
import dev.parley.ingestion.x.XReplies;
import dev.parley.ingestion.x.XSearchPoller;
import dev.parley.ingestion.x.XTweetFormat;
import dev.parley.ingestion.youtube.YouTubeCommentFormat;
import dev.parley.ingestion.youtube.YouTubePoller;
import dev.parley.ingestion.youtube.YouTubeReplies;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IngestionConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GenericPostParser genericPostParser() {
        return new GenericPostParser();
    }

    @Bean
    Listening listening(ListeningProperties properties) {
        return properties.toListening();
    }

    @Bean
    Pseudonymisation pseudonymisation(PrivacyProperties properties) {
        return properties.toPseudonymisation();
    }

    @Bean
    Threading threading(ThreadingProperties properties) {
        return properties.toThreading();
    }

    @Bean
    Normaliser normaliser(GenericPostParser generic) {
        return new Normaliser(List.of(generic, new XTweetFormat(), new XDirectMessageFormat(), new XApiV2TweetFormat(),
                new FacebookFeedFormat(), new InstagramCommentFormat(), new InstagramMentionFormat(), new MetaMessageFormat(),
                new RedditThingFormat(),
                new YouTubeCommentFormat(), new TrustpilotReviewFormat(), new TwitterSupportFormat()));
    }

    @Bean
    ChannelHealth channelHealth(PollingProperties polling) {
        return new ChannelHealth(polling.minUsualPerHour(), polling.silentBelow());
    }

    @Bean
    HttpClient platformHttp() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    // One client per platform API, shared by its pollers and its replies: a platform's limits are per app.

    @Bean
    PlatformClient xClient(HttpClient http, Clock clock) {
        return new PlatformClient("X", http, PlatformLimits.x(), clock);
    }

    @Bean
    PlatformClient metaClient(HttpClient http, Clock clock) {
        return new PlatformClient("Meta", http, PlatformLimits.meta(), clock);
    }

    @Bean
    PlatformClient redditClient(HttpClient http, Clock clock) {
        return new PlatformClient("Reddit", http, PlatformLimits.reddit(), clock);
    }

    @Bean
    PlatformClient youtubeClient(HttpClient http, Clock clock) {
        return new PlatformClient("YouTube", http, PlatformLimits.youtube(), clock);
    }

    @Bean
    PlatformClient trustpilotClient(HttpClient http, Clock clock) {
        return new PlatformClient("Trustpilot", http, PlatformLimits.reviews(), clock);
    }

    @Bean
    PollingRunner pollingRunner(PollingProperties polling, PlatformClient xClient, PlatformClient redditClient,
                                PlatformClient youtubeClient, PlatformClient trustpilotClient, KafkaClients kafka,
                                ChannelHealth health, Clock clock) {
        List<Poller> pollers = new ArrayList<>();
        polling.xSearch().forEach(c -> pollers.add(
                new XSearchPoller(xClient, c.baseUrl(), c.bearerToken(), c.query(), c.brand(), c.brandUserId(), clock)));
        polling.reddit().forEach(c -> pollers.add(new RedditPoller(redditClient, c.baseUrl(), c.accessToken(), c.userAgent(),
                c.subreddit(), RedditPoller.Listing.valueOf(c.listing().toUpperCase(Locale.ROOT)),
                c.brand(), c.brandUsername(), clock)));
        polling.youtube().forEach(c -> pollers.add(
                new YouTubePoller(youtubeClient, c.baseUrl(), c.apiKey(), c.channelId(), c.brand(), clock)));
        polling.trustpilot().forEach(c -> pollers.add(
                new TrustpilotPoller(trustpilotClient, c.baseUrl(), c.apiKey(), c.businessUnitId(), c.brand(), clock)));
        return new PollingRunner(pollers, polling.interval(), kafka, health, clock);
    }

    @Bean
    MentionLookup mentionLookup(PlatformClient metaClient, OutboundProperties outbound) {
        return new GraphMentionLookup(metaClient, outbound.metaGraphUrl(), outbound.meta());
    }

    @Bean
    @ConditionalOnProperty(name = "parley.ingestion.outbound.enabled", matchIfMissing = true)
    OutboundReplies outboundReplies(OutboundProperties outbound, PlatformClient xClient, PlatformClient metaClient,
                                    PlatformClient redditClient, PlatformClient youtubeClient,
                                    PlatformClient trustpilotClient, KafkaClients kafka, Clock clock) {
        MetaReplies meta = new MetaReplies(metaClient, outbound.metaGraphUrl(), outbound.meta());
        ReplySender sender = new ReplySender(Map.of(
                Platform.X, new XReplies(xClient, outbound.xUrl(), outbound.x()),
                Platform.FACEBOOK, meta,
                Platform.INSTAGRAM, meta,
                Platform.REDDIT, new RedditReplies(redditClient, outbound.redditUrl(), outbound.redditUserAgent(),
                        outbound.reddit()),
                Platform.YOUTUBE, new YouTubeReplies(youtubeClient, outbound.youtubeUrl(), outbound.youtube()),
                Platform.REVIEW, new TrustpilotReplies(trustpilotClient, outbound.trustpilotUrl(), outbound.trustpilot(),
                        outbound.trustpilotBusinessUsers())),
                new ReplyConventions(), clock);
        return new OutboundReplies(sender, kafka, clock);
    }
}
