package dev.parley.response.web;

import dev.parley.support.security.ApiKeyAuthenticationFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
class OpenApiConfiguration {
    static final String JWT = "jwt";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI responseApi() {
        return new OpenAPI()
                .info(new Info().title("Parley response API").version("v1")
                        .description("Cases, replies, assignment, SLA and triage corrections for agents, supervisors, "
                                + "analysts and machines. Errors are problem+json with the reason; see docs/response.md.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(JWT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("From the organisation's identity provider; roles in the "
                                        + "'roles' claim: agent, supervisor, analyst, admin"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthenticationFilter.HEADER)
                                .description("For machines; configured as its SHA-256 with its roles")))
                .addSecurityItem(new SecurityRequirement().addList(JWT))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
