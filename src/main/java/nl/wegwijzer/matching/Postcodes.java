package nl.wegwijzer.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The centroids of the 4-digit postcode areas, shipped with the service (geo/pc4-centroids.csv, its
 * source in the file's header): the neighbourhood of a group or a newcomer without an address.
 */
public final class Postcodes {
    static final String RESOURCE = "/geo/pc4-centroids.csv";
    private final Map<String, Position> centroids;

    private Postcodes(Map<String, Position> centroids) {
        this.centroids = Map.copyOf(centroids);
    }

    private static final class Shipped {
        static final Postcodes INSTANCE = load();
    }

    /** The data set shipped with the service, read once per process (the service and in-process scenarios share it). */
    public static Postcodes shipped() {
        return Shipped.INSTANCE;
    }

    static Postcodes load() {
        try (InputStream in = Postcodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the postcode areas " + RESOURCE + " are missing from the build");
            }
            Map<String, Position> found = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("pc4") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                found.put(cells[0], new Position(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            }
            return new Postcodes(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The centroid of a 4-digit postcode area; empty for an area the data set does not know. */
    public Optional<Position> centroid(String postcode) {
        return postcode == null ? Optional.empty() : Optional.ofNullable(centroids.get(postcode.strip()));
    }

    public int size() {
        return centroids.size();
    }

    /** Where a neighbourhood is: its coordinates when given, else its postcode area's centroid. */
    public Optional<Position> locate(String postcode, Position coordinates) {
        return coordinates != null ? Optional.of(coordinates) : centroid(postcode);
    }
}
