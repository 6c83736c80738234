package dev.parley.brandvoice.profile;

import java.util.List;
import java.util.Optional;

/** Where profile versions are kept. Versions are never changed or removed. */
public interface ProfileRepository {

    Optional<ProfileVersion> latest(String brand);

    Optional<ProfileVersion> version(String brand, int version);

    /** Every version of the brand, newest first. */
    List<ProfileVersion> history(String brand);

    /** The brands that have a profile. */
    List<String> brands();

    /**
     * Saves {@code next} if the brand's latest version is still {@code next.version() - 1}.
     *
     * @return false when someone else saved a version first
     */
    boolean append(ProfileVersion next);
}
