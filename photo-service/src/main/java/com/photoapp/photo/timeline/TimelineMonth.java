package com.photoapp.photo.timeline;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import com.photoapp.photo.catalogue.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/** The {@code month} filter of the timeline: a UTC month written {@code yyyy-MM}, as the month counts write it. */
final class TimelineMonth {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

	private TimelineMonth() {
	}

	/**
	 * Reads the filter.
	 * @param value the parameter as sent, {@code null} or empty for no filter
	 * @return the month, or {@code null} for no filter
	 * @throws InvalidRequestException when the value is not a month between years 1 and 9999
	 */
	static @Nullable YearMonth parse(@Nullable String value) {
		if (!StringUtils.hasLength(value)) {
			return null;
		}
		try {
			// Four-digit years only: PostgreSQL's timestamps end in year 294276, YearMonth's much later.
			return (value.length() == 7) ? YearMonth.parse(value, FORMAT) : invalid();
		}
		catch (DateTimeException ex) {
			return invalid();
		}
	}

	private static YearMonth invalid() {
		throw new InvalidRequestException("month must be a month written yyyy-MM, such as 2026-11.");
	}

}
