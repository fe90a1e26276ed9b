package com.photoapp.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock until a test sets it to a fixed instant, for jobs that compare ages with a
 * grace period. Tests that set it reset it afterwards.
 */
public final class TestClock extends Clock {

	private volatile Instant fixed;

	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed;
		return (instant != null) ? instant : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

}
