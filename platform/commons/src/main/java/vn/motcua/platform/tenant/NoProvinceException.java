package vn.motcua.platform.tenant;

/** The caller acts on province data but its token names no province. */
public class NoProvinceException extends RuntimeException {
    public NoProvinceException() {
        super("the caller's token carries no province claim");
    }
}
