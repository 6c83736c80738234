package dev.parley.ingestion;

import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.config.ListeningProperties;
import dev.parley.ingestion.config.PollingProperties;
import dev.parley.ingestion.imports.TwitterSupportFormat;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.meta.FacebookFeedFormat;
import dev.parley.ingestion.meta.InstagramCommentFormat;
import dev.parley.ingestion.meta.MetaMessageFormat;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.polling.Poller;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.reddit.RedditPoller;
import dev.parley.ingestion.reddit.RedditThingFormat;
import dev.parley.ingestion.reviews.TrustpilotPoller;
import dev.parley.ingestion.reviews.TrustpilotReviewFormat;
import dev.parley.ingestion.stream.KafkaClients;
import dev.parley.ingestion.stream.PollingRunner;
import dev.parley.ingestion.x.XApiV2TweetFormat;
import dev.parley.ingestion.x.XDirectMessageFormat;
import dev.parley.ingestion.x.XSearchPoller;
import dev.parley.ingestion.x.XTweetFormat;
import dev.parley.ingestion.youtube.YouTubeCommentFormat;
import dev.parley.ingestion.youtube.YouTubePoller;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    Normaliser normaliser(GenericPostParser generic) {
        return new Normaliser(List.of(generic, new XTweetFormat(), new XDirectMessageFormat(), new XApiV2TweetFormat(),
                new FacebookFeedFormat(), new InstagramCommentFormat(), new MetaMessageFormat(), new RedditThingFormat(),
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

    /** One client per platform API, shared by all its channels: the platform's limits are per app. */
    @Bean
    PollingRunner pollingRunner(PollingProperties polling, HttpClient http, KafkaClients kafka, ChannelHealth health,
                                Clock clock) {
        List<Poller> pollers = new ArrayList<>();
        PlatformClient x = new PlatformClient("X", http, PlatformLimits.x(), clock);
        polling.xSearch().forEach(c -> pollers.add(
                new XSearchPoller(x, c.baseUrl(), c.bearerToken(), c.query(), c.brand(), c.brandUserId(), clock)));
        PlatformClient reddit = new PlatformClient("Reddit", http, PlatformLimits.reddit(), clock);
        polling.reddit().forEach(c -> pollers.add(new RedditPoller(reddit, c.baseUrl(), c.accessToken(), c.userAgent(),
                c.subreddit(), c.listing().equals("posts") ? RedditPoller.Listing.POSTS : RedditPoller.Listing.COMMENTS,
                c.brand(), c.brandUsername(), clock)));
        PlatformClient youtube = new PlatformClient("YouTube", http, PlatformLimits.youtube(), clock);
        polling.youtube().forEach(c -> pollers.add(
                new YouTubePoller(youtube, c.baseUrl(), c.apiKey(), c.channelId(), c.brand(), clock)));
        PlatformClient trustpilot = new PlatformClient("Trustpilot", http, PlatformLimits.reviews(), clock);
        polling.trustpilot().forEach(c -> pollers.add(
                new TrustpilotPoller(trustpilot, c.baseUrl(), c.apiKey(), c.businessUnitId(), c.brand(), clock)));
        return new PollingRunner(pollers, polling.interval(), kafka, health, clock);
    }
}
