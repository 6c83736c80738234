package dev.parley.response.replies;

import dev.parley.events.BrandCheck;
import dev.parley.events.Platform;

/** The brand-voice service, as the reply workflow needs it. */
public interface BrandCheckGateway {

    /**
     * @throws BrandCheckUnavailableException when brand voice cannot give a verdict now
     */
    BrandCheck check(String brand, Platform platform, boolean privateChannel, String text);

    class BrandCheckUnavailableException extends RuntimeException {
        public BrandCheckUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
