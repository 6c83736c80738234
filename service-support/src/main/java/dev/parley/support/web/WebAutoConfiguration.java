package dev.parley.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(UnreadableBodyAdvice.class)
public class WebAutoConfiguration {
}
