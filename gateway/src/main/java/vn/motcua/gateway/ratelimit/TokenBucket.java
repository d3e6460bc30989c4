package vn.motcua.gateway.ratelimit;

/** One client's allowance: {@code burst} requests at once, refilled at {@code perSecond}. Times in nanoseconds. */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int burst, int perSecond, long now) {
        this.capacity = burst;
        this.tokensPerNano = perSecond / 1e9;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** Takes a token: 0 if there was one, else how many nanoseconds until there is. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** A full bucket holds no state worth keeping: dropping it changes nothing for the client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
