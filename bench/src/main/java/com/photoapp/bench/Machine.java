package com.photoapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/** What the figures were measured on: cores, memory, load, the JDK and the tools' versions. */
final class Machine {

	private Machine() {
	}

	/** Prints the description, for bench/run to show before anything is measured. */
	public static void main(String[] args) {
		describe().forEach(System.out::println);
	}

	static List<String> describe() {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "Machine: %d cores, %.1f GB memory, load average %s",
				Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9, loadAverage()));
		lines.add("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
				+ " (" + System.getProperty("java.vm.name") + ")");
		lines.add("wrk: " + firstLine(command("wrk", "--version")));
		lines.add("vipsthumbnail: " + firstLine(command("vipsthumbnail", "--vips-version")));
		lines.add("pgbench: " + firstLine(command(Pgbench.binary(), "--version")));
		return lines;
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** Runs a command to its end and returns what it printed, or an empty string if it cannot run. */
	static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String firstLine(String output) {
		return output.isBlank() ? "not installed" : output.lines().findFirst().orElse("").strip();
	}

	static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
