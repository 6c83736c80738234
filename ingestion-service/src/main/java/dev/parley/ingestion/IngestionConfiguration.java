package dev.parley.ingestion;

import dev.parley.ingestion.posts.GenericPostParser;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IngestionConfiguration {

    @Bean
    GenericPostParser genericPostParser() {
        return new GenericPostParser(Clock.systemUTC());
    }
}
