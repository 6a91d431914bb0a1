package org.prongsai.eservice;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.prongsai.station.StationView;

/**
 * The rich menu of the station's LINE Official Account, as the LINE Messaging API takes it: a
 * 2500 × 843 PNG (the compact size; under LINE's 1 MB limit) and the JSON of the "create rich
 * menu" request, whose areas tile the image. The station uploads both unchanged; nothing here
 * talks to LINE. Three areas: the e-services page, the emergency number 191 and the contact page.
 */
@Component
class LineRichMenu {

	static final int WIDTH = 2500;
	static final int HEIGHT = 843;

	private static final Color NAVY = new Color(0x0b, 0x0c, 0x0c);
	private static final List<Color> BACKGROUNDS = List.of(new Color(0x1d, 0x70, 0xb8), new Color(0xd4, 0x35, 0x1c),
			new Color(0x00, 0x70, 0x3c));

	private final JsonMapper json = JsonMapper.builder().build();
	private final Font font;

	LineRichMenu() {
		try (InputStream ttf = LineRichMenu.class.getResourceAsStream("/fonts/laksaman/Laksaman-Bold.ttf")) {
			if (ttf == null) {
				throw new IllegalStateException("the Thai font is missing from the application");
			}
			this.font = Font.createFont(Font.TRUETYPE_FONT, ttf);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("could not read the Thai font", ex);
		}
	}

	/**
	 * The menu's areas, left to right, each a third of the width (the last takes the remainder).
	 * @param base the portal's public address, without a trailing slash
	 */
	List<Area> areas(StationView station, String base) {
		String home = base + "/" + station.code();
		return List.of(new Area("บริการออนไลน์", "E-services", "E-services", home + "/e-services"),
				new Area("แจ้งเหตุด่วน 191", "Emergency 191", "Call 191", "tel:191"),
				new Area("ติดต่อสถานี", "Contact us", "Contact", home + "/contact"));
	}

	/** The JSON body of LINE's "create rich menu" request. */
	String json(StationView station, String base) {
		List<Area> areas = areas(station, base);
		int width = WIDTH / areas.size();
		List<Map<String, Object>> tiles = new java.util.ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			Area area = areas.get(i);
			int x = i * width;
			int w = i == areas.size() - 1 ? WIDTH - x : width;
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("type", "uri");
			action.put("label", area.label());
			action.put("uri", area.uri());
			tiles.add(Map.of("bounds", Map.of("x", x, "y", 0, "width", w, "height", HEIGHT), "action", action));
		}
		Map<String, Object> menu = new LinkedHashMap<>();
		menu.put("size", Map.of("width", WIDTH, "height", HEIGHT));
		menu.put("selected", true);
		// LINE caps the name at 300 characters and the chat bar's text at 14.
		String name = station.profile().nameTh() + " e-services";
		menu.put("name", name.length() > 300 ? name.substring(0, 300) : name);
		menu.put("chatBarText", "เมนูบริการ");
		menu.put("areas", tiles);
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(menu);
	}

	/** The menu's image: one coloured panel per area with its Thai and English names. */
	byte[] png(StationView station, String base) {
		List<Area> areas = areas(station, base);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			int width = WIDTH / areas.size();
			for (int i = 0; i < areas.size(); i++) {
				int x = i * width;
				int w = i == areas.size() - 1 ? WIDTH - x : width;
				g.setColor(BACKGROUNDS.get(i % BACKGROUNDS.size()));
				g.fillRect(x, 0, w, HEIGHT);
				g.setColor(NAVY);
				g.fillRect(x + w - 6, 0, 6, HEIGHT);
				g.setColor(Color.WHITE);
				centred(g, font.deriveFont(Font.BOLD, 120f), areas.get(i).thai(), x, w, 390);
				centred(g, font.deriveFont(Font.PLAIN, 84f), areas.get(i).english(), x, w, 540);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the rich menu image", ex);
		}
		return png.toByteArray();
	}

	private static void centred(Graphics2D g, Font font, String text, int x, int width, int baseline) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, baseline);
	}

	/**
	 * An area of the menu.
	 * @param label the action's label, which LINE reads aloud and caps at 20 characters
	 */
	record Area(String thai, String english, String label, String uri) {
	}
}
