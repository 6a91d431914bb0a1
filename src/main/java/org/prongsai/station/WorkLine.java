package org.prongsai.station;

/** The five work lines (สายงาน) that manuals, risks and services are organised by. */
public enum WorkLine {
	/** อำนวยการ: administration and support. */
	ADMINISTRATION,
	/** ป้องกันปราบปราม: prevention and suppression. */
	PREVENTION_SUPPRESSION,
	/** จราจร: traffic. */
	TRAFFIC,
	/** สืบสวน: investigation. */
	INVESTIGATION,
	/** สอบสวน: inquiry (case-file investigation). */
	INQUIRY
}
