package app.relacta.care;

/**
 * The client a consultant is looking at: the pages show their data read-only, with links
 * under {@code base}.
 */
public record ClientHeader(long id, String name, String zone, String base) {

}
