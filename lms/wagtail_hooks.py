from wagtail import hooks

from lms.viewsets import delivery_viewsets


@hooks.register("register_admin_viewset")
def register_delivery_viewsets():
    return delivery_viewsets
