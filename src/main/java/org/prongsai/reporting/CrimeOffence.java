package org.prongsai.reporting;

import java.util.List;
import java.util.Optional;

import org.prongsai.disclosure.LocalizedText;

/**
 * An offence of the national CRIMES statistics, in its group: 1 heinous and shocking crimes,
 * 2 life, body and sex, 3 property, 4 crimes of interest, 5 crimes where the state is the victim.
 * The codes are the ones the station's import files use.
 */
record CrimeOffence(String code, int group, LocalizedText name) {

	static final List<CrimeOffence> ALL = List.of(
			new CrimeOffence("1.1", 1, new LocalizedText("ฆ่าผู้อื่นโดยเจตนา", "Murder")),
			new CrimeOffence("1.2", 1, new LocalizedText("ปล้นทรัพย์", "Gang robbery")),
			new CrimeOffence("1.3", 1, new LocalizedText("ชิงทรัพย์", "Robbery")),
			new CrimeOffence("1.4", 1, new LocalizedText("ลักพาเรียกค่าไถ่", "Kidnapping for ransom")),
			new CrimeOffence("1.5", 1, new LocalizedText("วางเพลิง", "Arson")),
			new CrimeOffence("2.1", 2, new LocalizedText("ทำร้ายร่างกาย", "Assault")),
			new CrimeOffence("2.2", 2, new LocalizedText("ข่มขืนกระทำชำเรา", "Rape")),
			new CrimeOffence("3.1", 3, new LocalizedText("ลักทรัพย์", "Theft")),
			new CrimeOffence("3.2", 3, new LocalizedText("วิ่งราวทรัพย์", "Snatching")),
			new CrimeOffence("3.3", 3, new LocalizedText("ลักรถจักรยานยนต์", "Motorcycle theft")),
			new CrimeOffence("3.4", 3, new LocalizedText("ฉ้อโกง", "Fraud")),
			new CrimeOffence("4.1", 4, new LocalizedText("ยาเสพติด", "Narcotics")),
			new CrimeOffence("4.2", 4, new LocalizedText("อาวุธปืน", "Firearms")),
			new CrimeOffence("4.3", 4, new LocalizedText("การพนัน", "Gambling")),
			new CrimeOffence("5.1", 5, new LocalizedText("คนเข้าเมืองผิดกฎหมาย", "Illegal immigration")),
			new CrimeOffence("5.2", 5, new LocalizedText("ความผิดเกี่ยวกับทรัพยากรธรรมชาติ", "Offences against natural resources")));

	/** The names of groups 1 to 5, in order. */
	static final List<LocalizedText> GROUPS = List.of(
			new LocalizedText("คดีอุกฉกรรจ์และสะเทือนขวัญ", "Heinous and shocking crimes"),
			new LocalizedText("คดีประทุษร้ายต่อชีวิต ร่างกาย และเพศ", "Crimes against life, body and sex"),
			new LocalizedText("คดีประทุษร้ายต่อทรัพย์", "Crimes against property"),
			new LocalizedText("คดีที่น่าสนใจ", "Crimes of interest"),
			new LocalizedText("คดีที่รัฐเป็นผู้เสียหาย", "Crimes where the state is the victim"));

	/** The name of the offence's group, as the CRIMES system names it. */
	public LocalizedText groupName() {
		return GROUPS.get(group - 1);
	}

	static Optional<CrimeOffence> coded(String code) {
		return ALL.stream().filter(o -> o.code().equals(code)).findFirst();
	}
}
