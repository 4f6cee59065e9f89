import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "ECIP"
    slug = "home"

    class Meta:
        model = HomePage
