package dev.goalpost.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the default time zone, looked up only when a date is asked for. {@link
 * Clock#systemDefaultZone()} looks the zone up at once, which reads the time-zone database: a few milliseconds of
 * start-up that a lint pays only when a suppression has an {@code until} date.
 */
public final class DefaultZoneClock extends Clock {

    public static final DefaultZoneClock INSTANCE = new DefaultZoneClock();

    private DefaultZoneClock() {}

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
