"""Ny arbetsorder: registering an order by phone, fax or at the counter."""
