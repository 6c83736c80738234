package dev.parley.brandvoice.web;

import dev.parley.brandvoice.check.CustomerPost;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.ReplyChecks;
import dev.parley.events.BrandCheck;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/checks}: the verdict on one draft reply. */
@RestController
public class CheckController {
    private final ReplyChecks checks;

    public CheckController(ReplyChecks checks) {
        this.checks = checks;
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
        CheckRequest.CustomerPostJson post = request.customerPost();
        CustomerPost customer = post == null ? null
                : new CustomerPost(post.text(), post.authorHandle(), post.sentiment(), post.feelings());
        Draft draft = new Draft(request.text(), request.platform(), Boolean.TRUE.equals(request.privateChannel()),
                customer);
        ReplyChecks.ReplyContext reply = request.caseId() == null ? null
                : new ReplyChecks.ReplyContext(request.caseId(), request.replyId(), request.agentId(), request.team());
        return checks.check(request.brand(), draft, reply);
    }
}
