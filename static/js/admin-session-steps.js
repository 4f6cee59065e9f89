// Session-log form in the admin: list only the activity steps of the lesson chosen above.
// Without this script every lesson's steps are listed and the server refuses stray ticks.
(() => {
  const setUp = () => {
    const lesson = document.querySelector("select[name='lesson']");
    const list = document.getElementById("id_steps_done");
    if (!lesson || !list) return;
    const sync = () => {
      for (const group of list.children) {
        const inputs = group.querySelectorAll("input[data-lesson]");
        const shown = inputs.length > 0 && inputs[0].dataset.lesson === lesson.value;
        group.hidden = !shown;
        if (!shown) inputs.forEach((input) => { input.checked = false; });
      }
    };
    lesson.addEventListener("change", sync);
    sync();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
