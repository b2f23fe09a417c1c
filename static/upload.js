/* Upload progress for forms marked data-upload-progress (templates/docs/
 * upload.cs, document.cs). Progressive enhancement: without this script,
 * or in a browser without XMLHttpRequest upload events, the form is sent
 * as usual and works the same. With it, the form is sent by XHR so that
 * the bytes sent can be shown in its <progress>; the answer (the page the
 * server redirects to, or the form again with its messages) then replaces
 * the page, so that its message (a flash shown once) is not lost, and the
 * address bar shows where the answer came from. */
(function () {
	'use strict';
	if (!window.XMLHttpRequest || !window.FormData || !window.DOMParser)
		return;

	function percent(e) {
		return e.lengthComputable && e.total > 0 ? Math.floor((e.loaded / e.total) * 100) : null;
	}

	function show(xhr) {
		var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
		if (xhr.responseURL && xhr.responseURL !== window.location.href)
			window.history.pushState(null, '', xhr.responseURL);
		document.title = doc.title;
		document.body.replaceWith(document.importNode(doc.body, true));
		bind();
		var focus = document.querySelector('[autofocus]') || document.querySelector('h1');
		if (focus) {
			if (!focus.hasAttribute('tabindex'))
				focus.setAttribute('tabindex', '-1');
			focus.focus();
		}
	}

	function enhance(form) {
		var box = form.querySelector('.upload-progress');
		var bar = box && box.querySelector('progress');
		var text = box && box.querySelector('.upload-progress-text');
		if (!box || !bar || !text)
			return;
		form.addEventListener('submit', function (ev) {
			var xhr = new XMLHttpRequest();
			if (!xhr.upload)
				return;
			ev.preventDefault();
			var button = form.querySelector('button[type="submit"]');
			if (button)
				button.disabled = true;
			box.hidden = false;
			bar.value = 0;
			text.textContent = '0 %';
			xhr.upload.addEventListener('progress', function (e) {
				var p = percent(e);
				if (p === null)
					return;
				bar.value = p;
				text.textContent = p + ' %';
			});
			xhr.addEventListener('load', function () {
				bar.value = 100;
				show(xhr);
			});
			xhr.addEventListener('error', function () {
				/* The network failed: send the plain form instead, so the
				 * browser shows what went wrong in its own way. */
				box.hidden = true;
				if (button)
					button.disabled = false;
				form.submit();
			});
			xhr.open('POST', form.action);
			xhr.send(new FormData(form));
		});
	}

	function bind() {
		var forms = document.querySelectorAll('form[data-upload-progress]');
		for (var i = 0; i < forms.length; i++)
			enhance(forms[i]);
	}

	bind();
})();
