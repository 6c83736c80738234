package dev.parley.brandvoice.config;

import dev.parley.brandvoice.check.BrandChecker;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BrandVoiceConfiguration {

    @Bean
    BrandChecker brandChecker() {
        return new BrandChecker(Clock.systemUTC());
    }
}
