from django.utils.functional import SimpleLazyObject

from lms.roles import roles_for


def roles(request):
    """`user_roles` in every template; the query runs only if a template asks."""
    return {"user_roles": SimpleLazyObject(lambda: roles_for(request.user))}
