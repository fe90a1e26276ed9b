package com.photoapp.bench;

/**
 * One line of the result table.
 * @param figure what was measured
 * @param measured the app's figure, median and spread
 * @param reference what it is compared with in the same run, or a dash for an absolute figure
 * @param ratio measured against the reference, or a dash
 * @param target what the figure must reach
 * @param verdict {@code pass}, {@code falls short}, or why it was not measured
 */
record Row(String figure, String measured, String reference, String ratio, String target, String verdict) {

	static final String PASS = "pass";

	static final String FALLS_SHORT = "**falls short**";

	static String verdict(boolean reached) {
		return reached ? PASS : FALLS_SHORT;
	}

	static Row notRun(String figure, String target, String why) {
		return new Row(figure, "not run", "-", "-", target, why);
	}

	String markdown() {
		return "| " + String.join(" | ", this.figure, this.measured, this.reference, this.ratio, this.target,
				this.verdict) + " |";
	}

}
