package dev.parley.response.cases;

import dev.parley.events.Platform;
import java.time.Instant;
import java.util.Optional;

/** Public cases whose customer was invited to a private channel, waiting for the customer to write there. */
public interface PrivateMoves {

    void invited(String publicCaseId, String brand, Platform platform, String authorId, Instant at);

    /** The public case that invited this author, still waiting for them. */
    Optional<String> waitingFor(String brand, Platform platform, String authorId);

    void continued(String publicCaseId, String privateCaseId, Instant at);
}
