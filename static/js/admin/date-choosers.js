// Wagtail's date, time and date-time widgets start their picker from an inline <script>,
// which our Content-Security-Policy refuses. templates/wagtailadmin/widgets/*_input.html
// render a marker element instead, and this Stimulus controller starts the picker from it,
// also for widgets added later (dialogs, inline panels): Stimulus watches the page.
window.wagtail.app.register(
  "ecip-date-chooser",
  class extends window.StimulusModule.Controller {
    static values = { kind: String, input: String, config: Object };

    connect() {
      const start = {
        date: window.initDateChooser,
        time: window.initTimeChooser,
        datetime: window.initDateTimeChooser,
      }[this.kindValue];
      start(this.inputValue, this.configValue);
    }
  },
);
