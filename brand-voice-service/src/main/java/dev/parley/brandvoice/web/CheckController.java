package dev.parley.brandvoice.web;

import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.config.BrandVoiceProperties;
import dev.parley.events.BrandCheck;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/checks}: the verdict on one draft reply. */
@RestController
public class CheckController {
    private final BrandChecker checker;
    private final BrandVoiceProperties guidelines;

    public CheckController(BrandChecker checker, BrandVoiceProperties guidelines) {
        this.checker = checker;
        this.guidelines = guidelines;
    }

    @PostMapping("/api/v1/checks")
    public BrandCheck check(@RequestBody CheckRequest request) {
        List<String> missing = new ArrayList<>();
        if (request.brand() == null || request.brand().isBlank()) {
            missing.add("brand");
        }
        if (request.text() == null || request.text().isBlank()) {
            missing.add("text");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("required and must not be blank: " + String.join(", ", missing));
        }
        return checker.check(guidelines.guidelinesFor(request.brand()), request.text());
    }
}
