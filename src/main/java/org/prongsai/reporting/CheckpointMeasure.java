package org.prongsai.reporting;

import java.util.List;

import org.prongsai.disclosure.LocalizedText;

/**
 * What a station counts at its checkpoints (จุดตรวจ/จุดสกัด) each month: the checkpoints set up,
 * the people and vehicles checked, the offences found by type, and the arrests. The codes are the
 * columns of the import file and of the open dataset.
 * @param offence whether it counts an offence found, which the reports total
 */
record CheckpointMeasure(String code, boolean offence, LocalizedText name) {

	static final List<CheckpointMeasure> ALL = List.of(
			new CheckpointMeasure("checkpoints", false, new LocalizedText("จุดตรวจ/จุดสกัดที่ตั้ง (ครั้ง)", "Checkpoints set up")),
			new CheckpointMeasure("persons", false, new LocalizedText("บุคคลที่ได้รับการตรวจ (คน)", "People checked")),
			new CheckpointMeasure("vehicles", false, new LocalizedText("ยานพาหนะที่ได้รับการตรวจ (คัน)", "Vehicles checked")),
			new CheckpointMeasure("drunk_driving", true, new LocalizedText("เมาแล้วขับ", "Drunk driving")),
			new CheckpointMeasure("no_licence", true, new LocalizedText("ไม่มีใบอนุญาตขับขี่", "Driving without a licence")),
			new CheckpointMeasure("no_helmet", true, new LocalizedText("ไม่สวมหมวกนิรภัย", "Riding without a helmet")),
			new CheckpointMeasure("drugs", true, new LocalizedText("ยาเสพติด", "Narcotics")),
			new CheckpointMeasure("weapons", true, new LocalizedText("อาวุธปืนและอาวุธ", "Firearms and weapons")),
			new CheckpointMeasure("immigration", true, new LocalizedText("หลบหนีเข้าเมือง", "Illegal entry")),
			new CheckpointMeasure("warrants", true, new LocalizedText("บุคคลตามหมายจับ", "People wanted on a warrant")),
			new CheckpointMeasure("other_offences", true, new LocalizedText("ความผิดอื่น", "Other offences")),
			new CheckpointMeasure("arrests", false, new LocalizedText("ผู้ถูกจับกุม (คน)", "People arrested")));

	static List<String> codes() {
		return ALL.stream().map(CheckpointMeasure::code).toList();
	}

	static List<CheckpointMeasure> offences() {
		return ALL.stream().filter(CheckpointMeasure::offence).toList();
	}
}
