package dev.parley.ingestion;

import dev.parley.ingestion.config.ListeningProperties;
import dev.parley.ingestion.imports.TwitterSupportFormat;
import dev.parley.ingestion.listening.Listening;
import dev.parley.ingestion.meta.FacebookFeedFormat;
import dev.parley.ingestion.meta.InstagramCommentFormat;
import dev.parley.ingestion.meta.MetaMessageFormat;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.x.XDirectMessageFormat;
import dev.parley.ingestion.x.XTweetFormat;
import java.time.Clock;
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
        return new Normaliser(List.of(generic, new XTweetFormat(), new XDirectMessageFormat(), new FacebookFeedFormat(),
                new InstagramCommentFormat(), new MetaMessageFormat(), new TwitterSupportFormat()));
    }
}
