from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from zwgk.accounts.permissions import memberships


@login_required
def staff_home(request):
    return render(request, "accounts/home.html", {"memberships": memberships(request.user)})
