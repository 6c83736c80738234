package dev.parley.support.json;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers {@link Rfc3339Instants} with the service's {@code JsonMapper} (Spring Boot adds every module bean). */
@AutoConfiguration
public class JsonAutoConfiguration {

    @Bean
    Rfc3339Instants rfc3339Instants() {
        return new Rfc3339Instants();
    }
}
