from wagtail import hooks

import lms.reports.admin_hooks  # noqa: F401 (the delivery reports register their own hooks)
from lms.viewsets import delivery_viewsets


@hooks.register("register_admin_viewset")
def register_delivery_viewsets():
    return delivery_viewsets
