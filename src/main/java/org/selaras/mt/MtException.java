package org.selaras.mt;

/**
 * An engine call failed. {@code retryable} is true for failures that may pass on a second try (timeouts,
 * connection errors, 429, 5xx) and false for those that will not (bad key, bad request). Messages never hold
 * a secret: engines build them from status codes and the engine's own error text only.
 */
public class MtException extends Exception {
    private final boolean retryable;
    private final int status;

    public MtException(String message, int status, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
    }

    public MtException(String message, int status, boolean retryable) {
        this(message, status, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** HTTP status of the engine's answer; 0 when there was none. */
    public int status() {
        return status;
    }

    /** The exception for an HTTP answer that is not 2xx. */
    public static MtException forStatus(String engine, int status, String body) {
        String detail = body == null ? "" : body.strip();
        if (detail.length() > 300) detail = detail.substring(0, 300) + "…";
        boolean retry = status == 429 || status >= 500;
        return new MtException(engine + " answered HTTP " + status + (detail.isEmpty() ? "" : ": " + detail),
                status, retry);
    }
}
