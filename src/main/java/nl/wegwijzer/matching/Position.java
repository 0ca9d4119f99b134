package nl.wegwijzer.matching;

/** A point (WGS84): a neighbourhood's postcode-area centroid or coordinates given for it. */
public record Position(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088; // the mean radius (IUGG)

    /** The great-circle distance in kilometres (haversine): what "under five kilometres" is measured in. */
    public double km(Position other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
