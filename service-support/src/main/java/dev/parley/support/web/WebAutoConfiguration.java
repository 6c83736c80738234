package dev.parley.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(CommonErrorsAdvice.class)
public class WebAutoConfiguration {
}
