package dev.parley.brandvoice.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brands' profiles: the versioned store, the fallback for brands without one, and a short cache so a check does not
 * read the database (a change reaches every replica within {@code refresh}).
 */
public class Profiles {
    private final ProfileRepository repository;
    private final ProfileVersion fallback;
    private final Clock clock;
    private final Duration refresh;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param fallback used for brands without a saved profile (the configured {@code default} brand)
     */
    public Profiles(ProfileRepository repository, ProfileVersion fallback, Clock clock, Duration refresh) {
        this.repository = repository;
        this.fallback = fallback;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The guidelines that check the brand's replies now. */
    public ProfileVersion current(String brand) {
        Instant now = clock.instant();
        Cached cached = cache.get(brand);
        if (cached == null || cached.until().isBefore(now)) {
            cached = new Cached(repository.latest(brand).orElse(fallback), now.plus(refresh));
            cache.put(brand, cached);
        }
        return cached.version();
    }

    /**
     * Saves a new version of the brand's profile.
     *
     * @param expectedVersion the version the editor started from (0 for a brand without one); null to skip the check
     * @throws ConcurrentProfileChangeException when the latest version is not {@code expectedVersion}
     */
    public ProfileVersion save(String brand, BrandProfile profile, String changedBy, String note,
            Integer expectedVersion) {
        BrandProfile.required(changedBy, "changedBy");
        int latest = repository.latest(brand).map(ProfileVersion::version).orElse(0);
        if (expectedVersion != null && expectedVersion != latest) {
            throw new ConcurrentProfileChangeException(brand, expectedVersion, latest);
        }
        ProfileVersion next = new ProfileVersion(brand, latest + 1, profile, changedBy.strip(), clock.instant(), note);
        if (!repository.append(next)) {
            throw new ConcurrentProfileChangeException(brand, latest, latest + 1);
        }
        cache.remove(brand);
        return next;
    }

    /** The latest saved version, read now (not cached), else the fallback. */
    public ProfileVersion latest(String brand) {
        return repository.latest(brand).orElse(fallback);
    }

    public Optional<ProfileVersion> version(String brand, int version) {
        return repository.version(brand, version);
    }

    public List<ProfileVersion> history(String brand) {
        return repository.history(brand);
    }

    public List<String> brands() {
        return repository.brands();
    }

    public ProfileVersion fallback() {
        return fallback;
    }

    private record Cached(ProfileVersion version, Instant until) {
    }
}
