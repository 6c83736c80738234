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
import dev.parley.ingestion.platform.PlatformClients;
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
    PlatformClients platformClients(Clock clock) {
        return PlatformClients.create(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), clock);
    }

    @Bean
    PollingRunner pollingRunner(PollingProperties polling, PlatformClients clients, KafkaClients kafka,
                                ChannelHealth health, Clock clock) {
        List<Poller> pollers = new ArrayList<>();
        polling.xSearch().forEach(c -> pollers.add(new XSearchPoller(clients.x(), c.baseUrl(), c.bearerToken(), c.query(),
                c.brand(), c.brandUserId(), clock)));
        polling.reddit().forEach(c -> pollers.add(new RedditPoller(clients.reddit(), c.baseUrl(), c.accessToken(),
                c.userAgent(), c.subreddit(), RedditPoller.Listing.valueOf(c.listing().toUpperCase(Locale.ROOT)),
                c.brand(), c.brandUsername(), clock)));
        polling.youtube().forEach(c -> pollers.add(
                new YouTubePoller(clients.youtube(), c.baseUrl(), c.apiKey(), c.channelId(), c.brand(), clock)));
        polling.trustpilot().forEach(c -> pollers.add(new TrustpilotPoller(clients.trustpilot(), c.baseUrl(), c.apiKey(),
                c.businessUnitId(), c.brand(), clock)));
        return new PollingRunner(pollers, polling.interval(), kafka, health, clock);
    }

    @Bean
    MentionLookup mentionLookup(PlatformClients clients, OutboundProperties outbound) {
        return new GraphMentionLookup(clients.meta(), outbound.metaGraphUrl(), outbound.meta());
    }

    @Bean
    @ConditionalOnProperty(name = "parley.ingestion.outbound.enabled", matchIfMissing = true)
    OutboundReplies outboundReplies(OutboundProperties outbound, PlatformClients clients, KafkaClients kafka, Clock clock) {
        MetaReplies meta = new MetaReplies(clients.meta(), outbound.metaGraphUrl(), outbound.meta());
        ReplySender sender = new ReplySender(Map.of(
                Platform.X, new XReplies(clients.x(), outbound.xUrl(), outbound.x()),
                Platform.FACEBOOK, meta,
                Platform.INSTAGRAM, meta,
                Platform.REDDIT, new RedditReplies(clients.reddit(), outbound.redditUrl(), outbound.redditUserAgent(),
                        outbound.reddit()),
                Platform.YOUTUBE, new YouTubeReplies(clients.youtube(), outbound.youtubeUrl(), outbound.youtube()),
                Platform.REVIEW, new TrustpilotReplies(clients.trustpilot(), outbound.trustpilotUrl(), outbound.trustpilot(),
                        outbound.trustpilotBusinessUsers())),
                new ReplyConventions(), outbound.maxAge(), clock);
        return new OutboundReplies(sender, kafka, clock);
    }
}
