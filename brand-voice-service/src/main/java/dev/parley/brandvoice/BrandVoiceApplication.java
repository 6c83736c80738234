package dev.parley.brandvoice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BrandVoiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(BrandVoiceApplication.class, args);
    }
}
