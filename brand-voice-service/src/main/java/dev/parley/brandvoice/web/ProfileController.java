package dev.parley.brandvoice.web;

import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.ConcurrentProfileChangeException;
import dev.parley.brandvoice.profile.ProfileVersion;
import dev.parley.brandvoice.profile.Profiles;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Brand profiles: read the current one or any earlier version, save a new version. Versions are never changed, so
 * the history is the audit trail (who, when, why).
 */
@RestController
public class ProfileController {
    private final Profiles profiles;

    public ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    /** The brands with a saved profile; every other brand is checked with the default profile. */
    @GetMapping("/api/v1/brands")
    public List<String> brands() {
        return profiles.brands();
    }

    /** The guidelines that check the brand's replies now (the default profile when it has none of its own). */
    @GetMapping("/api/v1/brands/{brand}/profile")
    public ProfileVersion current(@PathVariable String brand) {
        return profiles.latest(brand);
    }

    @GetMapping("/api/v1/brands/{brand}/profile/versions")
    public List<ProfileVersion> history(@PathVariable String brand) {
        return profiles.history(brand);
    }

    @GetMapping("/api/v1/brands/{brand}/profile/versions/{version}")
    public ProfileVersion version(@PathVariable String brand, @PathVariable int version) {
        return profiles.version(brand, version)
                .orElseThrow(() -> new NoSuchElementException("no version " + version + " of " + brand + "'s profile"));
    }

    /** Saves a new version; {@code expectedVersion} (the version the editor loaded, 0 for none) guards lost updates. */
    @PutMapping("/api/v1/brands/{brand}/profile")
    public ProfileVersion save(@PathVariable String brand, @RequestBody ProfileChange change) {
        if (change.profile() == null) {
            throw new IllegalArgumentException("required: profile");
        }
        return profiles.save(brand, change.profile(), change.changedBy(), change.note(), change.expectedVersion());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConcurrentProfileChangeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * @param profile         the new guidelines
     * @param changedBy       who makes the change (required)
     * @param note            why
     * @param expectedVersion the version the change was made from; absent to skip the check
     */
    public record ProfileChange(BrandProfile profile, String changedBy, String note, Integer expectedVersion) {
    }
}
