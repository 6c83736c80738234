package dev.parley.brandvoice.profile;

/** Someone saved the brand's profile after the editor loaded it; their change would be overwritten. */
public class ConcurrentProfileChangeException extends RuntimeException {
    public ConcurrentProfileChangeException(String brand, int expected, int actual) {
        super("the profile of " + brand + " is at version " + actual + ", not " + expected
                + "; load the latest version and apply your change to it");
    }
}
