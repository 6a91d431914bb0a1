package org.prongsai.eservice;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.prongsai.station.HomeLinks;
import org.prongsai.station.StationView;

/** Puts each national e-service on the station's home page, so a citizen reaches it in one click. */
@Component
class ServiceHomeLinks implements HomeLinks {

	private final StationServices services;
	private final MessageSource messages;

	ServiceHomeLinks(StationServices services, MessageSource messages) {
		this.services = services;
		this.messages = messages;
	}

	@Override
	public List<HomeLink> links(StationView station, String language) {
		Locale locale = Locale.forLanguageTag(language);
		return services.offered(station.id()).stream().filter(StationServices.OfferedService::isNational)
			.map(s -> new HomeLink(s.address(), messages.getMessage("eservice." + s.key() + ".name", null, locale)))
			.toList();
	}
}
