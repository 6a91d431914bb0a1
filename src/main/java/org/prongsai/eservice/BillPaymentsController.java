package org.prongsai.eservice;

import java.io.InputStream;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.prongsai.platform.documents.QrCode;
import org.prongsai.platform.files.ReadingSlots;
import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.ConsoleLink;
import org.prongsai.platform.web.NotFoundException;
import org.prongsai.station.Acting;
import org.prongsai.station.StationView;

/**
 * Thai QR bill payment: the station's biller ID, the bills finance issues with their QR codes,
 * and the import of the bank's reconciliation file that marks them paid.
 */
@Controller
@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN, Role.REGION_ADMIN })
class BillPaymentsController {

	static final String LIST = "eservice/admin/payments";

	static final String BILL = "eservice/admin/bill";

	private final BillPayments payments;
	private final ReadingSlots slots;

	BillPaymentsController(BillPayments payments, ReadingSlots slots) {
		this.payments = payments;
		this.slots = slots;
	}

	@ConsoleLink(messageKey = "eservice.payments.nav", order = 42)
	@GetMapping("/admin/payments")
	String list(@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model) {
		return list(station, new BillPayments.BillEntry("", "", ""), user, model);
	}

	/** Only the station's administrator sets the biller ID: it decides where citizens' money goes. */
	@PostMapping("/admin/payments/setting")
	@AllowedRoles({ Role.STATION_ADMIN, Role.REGION_ADMIN })
	String configure(@RequestParam(defaultValue = "") String billerId, @RequestParam(defaultValue = "false") boolean enabled,
			@AuthenticationPrincipal ProngsaiUser user, @Acting StationView station, Model model, RedirectAttributes redirect) {
		try {
			payments.configure(station.id(), billerId, enabled, false, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			model.addAttribute("billerId", billerId);
			return list(station, new BillPayments.BillEntry("", "", ""), user, model);
		}
		redirect.addFlashAttribute("saved", "eservice.payments.configured");
		return "redirect:/admin/payments";
	}

	@PostMapping("/admin/payments")
	String issue(BillPayments.BillEntry entry, @AuthenticationPrincipal ProngsaiUser user, @Acting StationView station,
			Model model, RedirectAttributes redirect) {
		BillPayments.Bill bill;
		try {
			bill = payments.issue(station.id(), entry, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return list(station, entry, user, model);
		}
		redirect.addFlashAttribute("saved", "eservice.payments.issued");
		return "redirect:/admin/payments/" + bill.reference1();
	}

	@GetMapping("/admin/payments/{reference}")
	String bill(@PathVariable String reference, @Acting StationView station, Model model) {
		model.addAttribute("bill", bill(station, reference));
		model.addAttribute("setting", payments.setting(station.id()).orElseThrow(() -> new NotFoundException("no biller")));
		return BILL;
	}

	/** The bill's QR code; private, as it names a payment of one person. */
	@GetMapping("/admin/payments/{reference}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable String reference, @Acting StationView station) {
		String payload = payments.payment(station.id(), bill(station, reference)).payload();
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
			.body(QrCode.png(payload, 600));
	}

	@PostMapping("/admin/payments/reconcile")
	String reconcile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal ProngsaiUser user,
			@Acting StationView station, Model model, RedirectAttributes redirect) {
		BillPayments.Reconciliation result;
		try {
			// Read and checked whole before the transaction that marks the bills begins.
			List<BillPayments.Line> lines = slots.read(() -> {
				try (InputStream content = file.getInputStream()) {
					return BillPayments.lines(content);
				}
			});
			result = payments.reconcile(station.id(), lines, user.getUsername());
		}
		catch (EServiceRejected ex) {
			model.addAttribute("problem", ex);
			return list(station, new BillPayments.BillEntry("", "", ""), user, model);
		}
		redirect.addFlashAttribute("reconciliation", result);
		return "redirect:/admin/payments";
	}

	private BillPayments.Bill bill(StationView station, String reference) {
		return payments.bill(station.id(), reference).orElseThrow(() -> new NotFoundException("bill " + reference));
	}

	private String list(StationView station, BillPayments.BillEntry entry, ProngsaiUser user, Model model) {
		model.addAttribute("canConfigure", user.has(Role.STATION_ADMIN) || user.has(Role.REGION_ADMIN));
		model.addAttribute("setting", payments.setting(station.id()).orElse(null));
		model.addAttribute("bills", payments.bills(station.id()));
		model.addAttribute("entry", entry);
		model.addAttribute("header", String.join(",", BillPayments.HEADER));
		return LIST;
	}
}
