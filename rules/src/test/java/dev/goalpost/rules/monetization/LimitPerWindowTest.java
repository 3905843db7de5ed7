package dev.goalpost.rules.monetization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitPerWindowTest {

    @Test
    void namedUnitsAreWindowsInAnyCase() {
        for (String unit : new String[] {"second", "minute", "hour", "day", "week", "Month"}) {
            assertThat(LimitPerWindow.isWindow(unit)).as(unit).isTrue();
        }
    }

    @Test
    void positiveIso8601DurationsAreWindows() {
        assertThat(LimitPerWindow.isWindow("PT15M")).isTrue();
        assertThat(LimitPerWindow.isWindow("PT0.5S")).isTrue();
        assertThat(LimitPerWindow.isWindow("P1D")).isTrue();
        assertThat(LimitPerWindow.isWindow("P1M")).isTrue();
        assertThat(LimitPerWindow.isWindow("P2W")).isTrue();
    }

    @Test
    void otherTextIsNoWindow() {
        assertThat(LimitPerWindow.isWindow("minutes")).isFalse();
        assertThat(LimitPerWindow.isWindow("year")).isFalse();
        assertThat(LimitPerWindow.isWindow("15m")).isFalse();
        assertThat(LimitPerWindow.isWindow("PT0S")).isFalse();
        assertThat(LimitPerWindow.isWindow("-PT15M")).isFalse();
        assertThat(LimitPerWindow.isWindow("P0D")).isFalse();
        assertThat(LimitPerWindow.isWindow(null)).isFalse();
    }
}
