package app.relacta.imports;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TimeZones;
import app.relacta.account.WeightUnit;
import app.relacta.system.FormErrors;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Rejections;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journal's import: choose a file and how to read it, see what it would add and what
 * it would leave out, then confirm once.
 */
@Controller
class ImportController {

	private static final String FORM = "imports/import";

	private static final String PREVIEW = "imports/preview";

	private final Imports imports;

	private final PendingImports pending;

	private final AccountService accounts;

	ImportController(Imports imports, PendingImports pending, AccountService accounts) {
		this.imports = imports;
		this.pending = pending;
		this.accounts = accounts;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TimeZones.selectable();
	}

	@GetMapping("/journal/import")
	String form(@AuthenticationPrincipal SignedInUser user, Model model) {
		Account parent = this.accounts.get(user.accountId());
		model.addAttribute("form", new ImportForm(parent.getZone().getId(), parent.getUnit(),
				(parent.getWeightUnit() == WeightUnit.METRIC) ? ImportOptions.Weight.KG : ImportOptions.Weight.LB,
				ImportOptions.DEFAULT_MINUTES));
		return FORM;
	}

	@PostMapping("/journal/import")
	String preview(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ImportForm form,
			BindingResult result, Model model) {
		MultipartFile file = form.getFile();
		Rejections rejections = new Rejections();
		if (file == null || file.isEmpty()) {
			rejections.reject("file", "import.file.required");
		}
		else if (file.getSize() > Imports.MAX_BYTES) {
			rejections.reject("file", "import.file.tooLarge");
		}
		ZoneId zone = (form.getTimeZone() != null) ? TimeZones.parse(form.getTimeZone()).orElse(null) : null;
		if (zone == null && !result.hasFieldErrors("timeZone")) {
			rejections.reject("timeZone", "import.timeZone.unknown");
		}
		rejections.required("unit", form.getUnit()).required("weightUnit", form.getWeightUnit());
		rejections.within("minutes", form.getMinutes(), 1, 180);
		FormErrors.bind(rejections.list(), result);
		if (result.hasErrors()) {
			return FORM;
		}
		ImportOptions options = new ImportOptions(Objects.requireNonNull(zone), Objects.requireNonNull(form.getUnit()),
				Objects.requireNonNull(form.getWeightUnit()), Objects.requireNonNull(form.getMinutes()));
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file.csv";
		try {
			String text = Imports.text(file.getBytes());
			ImportReport report = this.imports.importFile(user.accountId(), text, options, true);
			model.addAttribute("report", report);
			model.addAttribute("fileName", name);
			model.addAttribute("pendingId",
					report.nothingToAdd() ? null : this.pending.keep(user.accountId(), name, options, text));
			return PREVIEW;
		}
		catch (ImportFileException ex) {
			FormErrors.bind(List.of(Rejection.of("file", "import.error", ex.line(),
					new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.args()))), result);
			return FORM;
		}
		catch (IOException ex) {
			result.rejectValue("file", "import.file.unreadable");
			return FORM;
		}
	}

	@PostMapping("/journal/import/{id}")
	String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
		PendingImports.Pending file = this.pending.find(user.accountId(), id).orElseThrow(NotFoundException::new);
		ImportReport report = this.imports.importFile(user.accountId(), file.content(), file.options(), false);
		this.pending.forget(user.accountId(), id);
		redirect.addFlashAttribute("importedSessions", report.sessions());
		redirect.addFlashAttribute("importedDays", report.babyDays());
		return "redirect:/journal";
	}

}
