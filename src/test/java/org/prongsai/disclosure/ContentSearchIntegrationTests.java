package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.prongsai.station.StationDirectory;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"spring.datasource.url=jdbc:h2:mem:search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"prongsai.demo.enabled=true", "prongsai.demo.password=search-tests-1", "prongsai.demo.content=false",
		"prongsai.files.root=target/search-tests/files" })
class ContentSearchIntegrationTests {

	@Autowired
	ContentSearch search;

	@Autowired
	Publishing publishing;

	@Autowired
	StationDirectory stations;

	@Test
	void thaiWordsAreFoundInsideTextWrittenWithoutSpaces() {
		assertThat(search.words("การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน")).contains("ประชาสัมพันธ์", "ข้อมูล");
		UUID station = stations.findByCode("thung-thong").orElseThrow().id();
		publishing.publishNews(station, "work-results", LocalDate.of(2023, 11, 20),
				new LocalizedText("ตั้งจุดตรวจป้องกันอาชญากรรมช่วงเทศกาลลอยกระทง", "Crime prevention checkpoints at Loy Krathong"),
				new LocalizedText("เจ้าหน้าที่ตั้งจุดตรวจ", "Officers set up checkpoints"), "test");

		assertThat(search.search(station, "อาชญากรรม")).singleElement().satisfies(hit -> {
			assertThat(hit.itemCode()).isEqualTo("O6");
			assertThat(hit.fiscalYear()).isEqualTo(2567);
		});
		assertThat(search.search(station, "ลอยกระทง จุดตรวจ")).hasSize(1);
		assertThat(search.search(station, "checkpoints")).as("English too").hasSize(1);
		assertThat(search.search(station, "สงกรานต์")).isEmpty();
		assertThat(search.search(station, "   ")).isEmpty();
		UUID other = stations.findByCode("kamala").orElseThrow().id();
		assertThat(search.search(other, "อาชญากรรม")).as("another station's content").isEmpty();
	}
}
